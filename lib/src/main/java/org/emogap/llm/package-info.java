/**
 * Large language models: chat clients (OpenAI-compatible, Anthropic), prompts, parsing, the response store, the runner,
 * and the aggregation of stored samples into judgments. Uses {@code judgment} and the packages below it.
 */
package org.emogap.llm;
