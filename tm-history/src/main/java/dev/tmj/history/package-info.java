/**
 * The audit history of check runs: {@link dev.tmj.history.HistoryStore} records a {@link dev.tmj.history.RunRecord}
 * (the model, its content hash, the git commit, every finding with its status) and reads runs, one finding's
 * {@link dev.tmj.history.FindingTimeline} and exports back. Nothing is ever updated in place (docs/history.md).
 */
package dev.tmj.history;
