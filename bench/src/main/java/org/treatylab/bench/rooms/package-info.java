/**
 * Benchmarks of talks rooms: a round's latency with the room in memory against the room persisted, and a room
 * rebuilt from its store.
 *
 * <p>Entry point: {@link org.treatylab.bench.rooms.RoomRoundBenchmark}.
 */
package org.treatylab.bench.rooms;
