// Preloaded (node --require) into every disco-record that a local sweep starts.
// The sweep holds an IPC channel to each run; when the sweep dies, even by
// SIGKILL, the channel closes and the run stops as on Ctrl-C (its trace keeps
// every committed batch, status incomplete) instead of writing on as an orphan
// that a resumed sweep would race for the same file.
if (process.channel) {
  process.channel.unref();
  process.on('disconnect', () => process.kill(process.pid, 'SIGINT'));
}
