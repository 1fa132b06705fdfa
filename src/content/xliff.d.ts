// The two functions of the `xliff` package this project uses (it ships no types).
declare module 'xliff/jsToXliff12' {
  const jsToXliff12: (js: unknown, opt?: { indent?: string }) => Promise<string>;
  export default jsToXliff12;
}
declare module 'xliff/xliff12ToJs' {
  const xliff12ToJs: (xml: string) => Promise<unknown>;
  export default xliff12ToJs;
}
