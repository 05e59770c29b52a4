/** The dictionary modules of opencc-js (`opencc-js/dict/<Name>`): one "from to|from to" string each. */
declare module 'opencc-js/dict/*' {
  const dict: string;
  export default dict;
}
