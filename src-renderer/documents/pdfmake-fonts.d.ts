/** pdfmake's browser font bundle: Roboto as a virtual file system of base64 strings. */
declare module 'pdfmake/build/vfs_fonts' {
  const vfs: Record<string, string>;
  export default vfs;
}
