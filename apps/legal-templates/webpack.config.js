module.exports = require('../../tools/build/service-webpack')(__dirname, {
  workers: { 'render.worker': './src/rendering/render.worker.ts' },
});
