// Leaflet's package.json points only at its UMD build; the ES module build beside it lets Vite
// bundle just the module graph. Its types are those of the package.
declare module 'leaflet/dist/leaflet-src.esm.js' {
  export * from 'leaflet';
}
