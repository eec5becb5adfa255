// A small JSON Schema validator for the keywords docs/once-json.schema.json and
// docs/dashboard.schema.json and docs/config.schema.json use: type (one or a list), enum, not,
// required, properties, additionalProperties (false or a schema), items, minItems, minimum,
// exclusiveMinimum, pattern, propertyNames, minProperties, maxProperties and local $ref (with
// sibling keywords, as in draft 2020-12). Enough to hold --json to its schema without a dependency (ajv in node_modules is
// eslint's draft-04 copy, not one to rely on). Unknown keywords fail loudly, so the schema cannot
// quietly grow past what is checked.
type Schema = Readonly<Record<string, unknown>>;

const known = new Set([
  '$schema',
  '$id',
  '$defs',
  '$ref',
  'title',
  'description',
  'type',
  'enum',
  'required',
  'properties',
  'additionalProperties',
  'items',
  'minItems',
  'minimum',
  'exclusiveMinimum',
  'pattern',
  'not',
  'propertyNames',
  'minProperties',
  'maxProperties',
]);

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

const typeMatches = (value: unknown, type: string): boolean =>
  typeOf(value) === type || (type === 'number' && typeOf(value) === 'integer');

/** Every place where `value` breaks `schema`, as "path: problem"; empty when it is valid. */
export function validate(
  value: unknown,
  schema: Schema,
  root: Schema = schema,
  path = '$',
): string[] {
  const unknown = Object.keys(schema).filter((key) => !known.has(key));
  if (unknown.length > 0)
    throw new Error(`${path}: the validator does not know ${unknown.join(', ')}`);
  const errors: string[] = [];
  if (typeof schema['$ref'] === 'string') {
    const name = schema['$ref'].replace('#/$defs/', '');
    const target = (root['$defs'] as Record<string, Schema> | undefined)?.[name];
    if (target === undefined) throw new Error(`${path}: no $defs/${name}`);
    errors.push(...validate(value, target, root, path));
    if (errors.length > 0) return errors;
  }
  if (
    schema['not'] !== undefined &&
    validate(value, schema['not'] as Schema, root, path).length === 0
  ) {
    errors.push(`${path}: ${JSON.stringify(value)} matches what is ruled out`);
  }
  const types = schema['type'] === undefined ? [] : [schema['type']].flat().map(String);
  if (types.length > 0 && !types.some((type) => typeMatches(value, type))) {
    return [`${path}: ${typeOf(value)} is not ${types.join(' or ')}`];
  }
  if (Array.isArray(schema['enum']) && !schema['enum'].includes(value)) {
    errors.push(
      `${path}: ${JSON.stringify(value)} is not one of ${JSON.stringify(schema['enum'])}`,
    );
  }
  if (
    typeof schema['minimum'] === 'number' &&
    typeof value === 'number' &&
    value < schema['minimum']
  ) {
    errors.push(`${path}: ${value} is below ${schema['minimum']}`);
  }
  const exclusive = schema['exclusiveMinimum'];
  if (typeof exclusive === 'number' && typeof value === 'number' && value <= exclusive) {
    errors.push(`${path}: ${value} is not above ${exclusive}`);
  }
  if (typeof schema['pattern'] === 'string' && typeof value === 'string') {
    if (!new RegExp(schema['pattern'], 'u').test(value)) {
      errors.push(`${path}: ${JSON.stringify(value)} does not match ${schema['pattern']}`);
    }
  }
  const minItems = schema['minItems'];
  if (typeof minItems === 'number' && Array.isArray(value) && value.length < minItems) {
    errors.push(`${path}: ${value.length} items, fewer than ${minItems}`);
  }
  if (Array.isArray(value) && schema['items'] !== undefined) {
    value.forEach((item, index) =>
      errors.push(...validate(item, schema['items'] as Schema, root, `${path}[${index}]`)),
    );
  }
  if (typeOf(value) === 'object')
    errors.push(...validateObject(value as Schema, schema, root, path));
  return errors;
}

function validateObject(value: Schema, schema: Schema, root: Schema, path: string): string[] {
  const errors: string[] = [];
  const properties = (schema['properties'] ?? {}) as Record<string, Schema>;
  const count = Object.keys(value).length;
  if (typeof schema['minProperties'] === 'number' && count < schema['minProperties']) {
    errors.push(`${path}: fewer than ${schema['minProperties']} properties`);
  }
  if (typeof schema['maxProperties'] === 'number' && count > schema['maxProperties']) {
    errors.push(`${path}: more than ${schema['maxProperties']} properties`);
  }
  if (schema['propertyNames'] !== undefined) {
    for (const name of Object.keys(value)) {
      errors.push(...validate(name, schema['propertyNames'] as Schema, root, `${path}[${name}]`));
    }
  }
  for (const name of (schema['required'] ?? []) as string[]) {
    if (!(name in value)) errors.push(`${path}: ${name} is missing`);
  }
  for (const [name, item] of Object.entries(value)) {
    const property = properties[name];
    const extra = schema['additionalProperties'];
    if (property !== undefined) errors.push(...validate(item, property, root, `${path}.${name}`));
    else if (extra === false) errors.push(`${path}: ${name} is not allowed`);
    else if (typeof extra === 'object' && extra !== null) {
      errors.push(...validate(item, extra as Schema, root, `${path}.${name}`));
    }
  }
  return errors;
}
