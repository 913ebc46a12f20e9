// A cell in machine notation, the one form every download writes numbers in: "." decimals,
// "-" for negatives, no thousands separators, exactly the printed decimals ("8.0" stays "8.0").
import type { Cell } from '../../../scripts/schema.ts';

export function machineText(cell: Cell): string {
  if (cell === null) return '';
  if ('text' in cell) return cell.text;
  return cell.value.toFixed(cell.decimals);
}
