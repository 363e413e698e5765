// `NODE_OPTIONS="--import /path/to/bench/read-only-guard.mjs"`: for measuring an API against a shared
// organisation it must not change (the persistent XL store). Every managed write transaction
// runs as a read one, so Neo4j refuses any write in it ("Writing in read access mode not
// allowed"): the SLA watch's sweeps fail and are logged, nothing is written. Auto-committed
// statements pass as they are: the API sends only reads that way, and its schema statements
// at start (CREATE ... IF NOT EXISTS of what exists, the event counter's MERGE) change nothing
// on a store already set up.
import neo4j from "neo4j-driver";

const driver = neo4j.driver;
// The package is CommonJS: its default export is the one object every importer shares.
neo4j.driver = (...args) => {
  const made = driver(...args);
  const session = made.session.bind(made);
  made.session = (config) => {
    const opened = session(config);
    opened.executeWrite = opened.executeRead.bind(opened);
    return opened;
  };
  return made;
};
