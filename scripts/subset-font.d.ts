// Types for subset-font 2.9 (it ships none): https://github.com/papandreou/subset-font#api
declare module 'subset-font' {
  type Options = {
    targetFormat?: 'sfnt' | 'woff' | 'woff2' | 'truetype';
    preserveNameIds?: number[];
    noLayoutClosure?: boolean;
  };
  export default function subsetFont(
    font: Buffer | Uint8Array,
    text: string,
    options?: Options,
  ): Promise<Buffer>;
}
