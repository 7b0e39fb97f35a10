package haven.access.internal;

import haven.access.AgencyType;
import haven.access.HavenUser;
import haven.access.Role;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/** Authenticates an agency's system by the bearer token it was issued. */
public class ApiTokens extends OncePerRequestFilter {
    private final JdbcClient jdbc;

    public ApiTokens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header != null && header.startsWith("Bearer ")) {
            String hash = sha256(header.substring(7).trim());
            var client = jdbc.sql("""
                    select c.id, c.name, c.roles, a.id, a.code, a.name, a.type, a.area_code
                    from api_client c join agency a on a.id = c.agency_id
                    where c.token_sha256 = :h and c.revoked_at is null""")
                    .param("h", hash)
                    .query((rs, i) -> new HavenUser(-rs.getLong(1), "system:" + rs.getString(2), rs.getString(2),
                            rs.getLong(4), rs.getString(5), rs.getString(6), AgencyType.valueOf(rs.getString(7)),
                            rs.getString(8), null,
                            Arrays.stream((String[]) rs.getArray(3).getArray()).map(Role::valueOf)
                                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class))), null))
                    .optional();
            if (client.isPresent()) {
                var principal = new HavenPrincipal(client.get(), null, true, false);
                SecurityContextHolder.getContext().setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
            }
        }
        chain.doFilter(request, response);
    }
}
