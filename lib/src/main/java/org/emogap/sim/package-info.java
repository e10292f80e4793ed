/**
 * The simulated LLM: a local server that speaks the OpenAI and Anthropic chat APIs and answers the
 * project's prompts from a trained head, sampled like an LLM. Uses {@code encoder} (the heads),
 * {@code llm} (prompts, labels) and the packages below them.
 */
package org.emogap.sim;
