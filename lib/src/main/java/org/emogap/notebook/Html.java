package org.emogap.notebook;

/** HTML escaping for text put into displays, and the little Markdown the banner uses. */
final class Html {
    private Html() {}

    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * The Markdown subset of the generated sentences, as HTML: lines starting with "- " become a
     * list, {@code **bold**}, {@code *italic*} and {@code `code`} spans; everything escaped first.
     */
    static String markdownLite(String md) {
        StringBuilder out = new StringBuilder();
        boolean inList = false;
        for (String line : md.split("\n")) {
            boolean item = line.startsWith("- ");
            if (item && !inList) out.append("<ul>");
            if (!item && inList) out.append("</ul>");
            inList = item;
            String body = spans(escape(item ? line.substring(2) : line));
            out.append(item ? "<li>" + body + "</li>" : body.isBlank() ? "" : "<p>" + body + "</p>");
        }
        if (inList) out.append("</ul>");
        return out.toString();
    }

    private static String spans(String s) {
        return s.replaceAll("\\*\\*(.+?)\\*\\*", "<b>$1</b>").replaceAll("(?<![*\\w])\\*(?!\\s)(.+?)(?<!\\s)\\*(?![*\\w])", "<i>$1</i>")
                .replaceAll("`([^`]+)`", "<code>$1</code>");
    }
}
