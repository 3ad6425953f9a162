/**
 * Reports people share: the self-contained offline HTML report (leaderboard, cost/accuracy scatter with the
 * Pareto frontier, per-run transcripts). A front end of its own that reads only what {@code run} exposes
 * (the ranking, the repository port) and the trajectory records; the CLI and the studio both write it.
 */
package io.srebench.report;
