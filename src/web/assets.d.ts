/** Text files bundled as strings by webpack (`type: "asset/source"`). */
declare module "*.tsv" {
  const text: string;
  export default text;
}
