// The engine's Web Worker (see src/analyst.rs). It runs the page's own
// WebAssembly module, whose URLs the page sends first: the same files, so
// the engine is downloaded once. Then each message is a text to analyse
// (with the user's corrections as JSON); a long one comes with its first
// screens (`head`), whose results are posted first. The results cross as
// a typed array (transferred, not copied) and one string of names.
let engine;

onmessage = async ({ data }) => {
  if (data.glue) {
    engine = import(data.glue).then(async (module) => {
      await module.default({ module_or_path: data.wasm });
      module.warm_up_engine();
      return module;
    });
    engine.then(() => postMessage({ ready: true }), (e) => postMessage({ failed: `it did not start (${e})` }));
    return;
  }
  try {
    const module = await engine;
    const stages = data.head ? [['first', data.head], ['whole', data.text]] : [['whole', data.text]];
    for (const [stage, text] of stages) {
      const [numbers, names] = module.analyse_packed(text, data.corrections);
      postMessage({ id: data.id, stage, numbers, names }, [numbers.buffer]);
    }
  } catch (e) {
    postMessage({ failed: `the analysis stopped (${e})` });
  }
};
