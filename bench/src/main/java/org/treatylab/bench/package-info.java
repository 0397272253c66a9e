/**
 * JMH benchmarks of TreatyLab's engines, one class per engine area.
 *
 * <p>Build and run: {@code mvn -B -q package -pl bench -am -DskipTests && java -jar bench/target/benchmarks.jar}
 * (add a class-name regex to run one benchmark). Benchmarks measure; tests assert.
 */
package org.treatylab.bench;
