module.exports = require('../../tools/build/service-webpack')(__dirname, {
  workers: { 'render.worker': './src/rendering/render.worker.ts' },
  // The fonts every PDF embeds: files, which the bundle's package.json would not bring.
  assets: [
    {
      input: 'node_modules/dejavu-fonts-ttf/ttf',
      glob: 'DejaVuSans{,-Bold,-Oblique,-BoldOblique}.ttf',
      output: 'fonts',
    },
  ],
});
