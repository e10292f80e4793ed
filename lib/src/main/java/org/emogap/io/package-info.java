/**
 * Files: the one headed-CSV reader (strict UTF-8, {@code file:line} errors), atomic writes, and the one results-CSV writer
 * and number format. Uses no other package of the library.
 */
package org.emogap.io;
