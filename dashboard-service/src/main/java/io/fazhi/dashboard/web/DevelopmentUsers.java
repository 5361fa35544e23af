package io.fazhi.dashboard.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.fazhi.dashboard.config.DashboardConfig;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The development users of the local launcher (its tokens.env, signed with the key only the local and test profiles
 * trust): the pages offer each as a one-click sign-in. Without the file (production) there are none and sign-in goes
 * through the county's OpenID Connect provider.
 */
@ApplicationScoped
public class DevelopmentUsers {

    /** One user: the variable naming it in tokens.env, how the page shows it, and its token. */
    public record User(String id, String label, String token) {
    }

    private final Optional<Path> file;
    private final ObjectMapper json;

    DevelopmentUsers(DashboardConfig config, ObjectMapper json) {
        this.file = config.pages().devTokensFile();
        this.json = json;
    }

    public boolean offered() {
        return file.isPresent();
    }

    /** Read at every call: the launcher writes the file once the services are up. */
    public List<User> list() {
        if (file.isEmpty() || !Files.isReadable(file.get())) {
            return List.of();
        }
        List<User> users = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(file.get(), StandardCharsets.UTF_8)) {
                int eq = line.indexOf('=');
                if (eq > 0 && line.substring(0, eq).endsWith("_TOKEN")) {
                    String token = line.substring(eq + 1).trim();
                    users.add(new User(line.substring(0, eq), label(token), token));
                }
            }
        } catch (IOException e) {
            return List.of();
        }
        return users;
    }

    public Optional<User> find(String id) {
        return list().stream().filter(u -> u.id().equals(id)).findFirst();
    }

    private String label(String token) {
        String[] parts = token.split("\\.");
        if (parts.length < 2) {
            return "?";
        }
        try {
            JsonNode claims = json.readTree(Base64.getUrlDecoder().decode(parts[1]));
            String groups = claims.path("groups").toString();
            if (groups.contains("township")) {
                return "乡镇（街道）用户 " + claims.path("township_code").asText();
            }
            if (groups.contains("county-admin")) {
                String area = claims.path("area").asText();
                return area.isEmpty() ? "全国管理员" : "县级管理员 " + area;
            }
            return "公众读者";
        } catch (IOException | IllegalArgumentException e) {
            return "?";
        }
    }
}
