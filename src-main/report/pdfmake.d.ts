/** pdfmake 0.3's Node entry (a CommonJS singleton), as far as pdf.ts uses it. */
declare module 'pdfmake' {
  const pdfmake: {
    setFonts(fonts: Record<string, { normal: string; bold: string; italics: string; bolditalics: string }>): void;
    setUrlAccessPolicy(allow: (url: string) => boolean): void;
    setLocalAccessPolicy(allow: (path: string) => boolean): void;
    createPdf(definition: object): { getBuffer(): Promise<Buffer> };
  };
  export default pdfmake;
}
