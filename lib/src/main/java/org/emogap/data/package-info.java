/**
 * The human side: data sources, checksummed download with a local mirror, GoEmotions and EmoBank loaders, agreement
 * levels, core sets and their one resolver, human items and summaries, WordNet. Uses {@code dist}, {@code stats}, {@code io}.
 */
package org.emogap.data;
