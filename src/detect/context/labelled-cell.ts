/** A table cell (in normalised offsets) and the header of its column. */
export interface LabelledCell {
  start: number;
  end: number;
  header: string;
}
