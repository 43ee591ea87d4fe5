// pg 8 only warns, once per process, when a query is sent to a connection that is still busy with
// another; pg 9 refuses it. Loaded by the integration tests' setup (the seed) and by every test
// file, it turns that warning into a failure of the run, with the warning's stack.
const OVERLAPPING_QUERY = /client is already executing a query/;

process.on("warning", (warning) => {
  if (OVERLAPPING_QUERY.test(warning.message)) throw warning;
});
