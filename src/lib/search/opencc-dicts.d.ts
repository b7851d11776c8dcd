// opencc-js ships its dictionaries as plain modules without type declarations.
declare module 'opencc-js/dict/*' {
  /** Entries as "traditional simplified|…". */
  const entries: string;
  export default entries;
}
