// The peers a user would reach for instead, bundled for the browser by
// esbuild (tests/bench/engine.mjs does it): compromise and wink-nlp with its
// English web model. Each takes a text and returns what it found, so that
// the work is not optimised away.
import nlp from 'compromise';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

const wink = winkNLP(model);
const its = wink.its;

window.peers = {
  // People, places, organisations, numbers, dates (as tagged) and quotations.
  compromise(text) {
    const doc = nlp(text);
    return doc.people().length + doc.places().length + doc.organizations().length
      + doc.numbers().length + doc.match('#Date+').length + doc.quotations().length;
  },
  // wink-nlp's entities (dates, numbers, money, percentages, …).
  wink(text) {
    return wink.readDoc(text).entities().out(its.detail).length;
  },
};
