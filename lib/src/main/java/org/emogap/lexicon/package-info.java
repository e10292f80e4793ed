/**
 * Words: cue-word lexicons (WordNet, Empath, the paper's, EmoLex if supplied), the Warriner word norms, token matching,
 * and lexical transparency. Uses {@code encoder} (label embeddings) and the packages below it.
 */
package org.emogap.lexicon;
