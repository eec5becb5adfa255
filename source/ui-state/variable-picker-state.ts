// The variable picker's state (ui-state/variable-picker.ts is its reducer), apart so that the UI
// state's types can hold it without an import cycle.
import type {TextInput} from './alerts-text-input.js';

type Opened = {readonly name: string; /** The list's row to go back to. */ readonly row: number};

export type VariablePicker =
  | {readonly level: 'list'; readonly highlighted: number}
  | (Opened & {
      readonly level: 'options';
      readonly filter: TextInput;
      /** In the filtered options. */
      readonly highlighted: number;
      /** What Space marked (multi-value); undefined until the first Space. */
      readonly marked?: readonly string[];
    })
  | (Opened & {readonly level: 'text'; readonly input: TextInput});
