package org.emogap.llm;

import java.util.Objects;

/** One chat message: role {@code system}, {@code user} or {@code assistant}, and its text. */
public record Message(String role, String content) {
    public Message {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(content, "content");
        if (!role.equals("system") && !role.equals("user") && !role.equals("assistant")) {
            throw new IllegalArgumentException("role is '" + role + "', expected system, user or assistant");
        }
    }
}
