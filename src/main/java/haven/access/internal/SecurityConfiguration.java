package haven.access.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Two doors: the JSON API for agencies' systems (bearer token, or a user's own credentials;
 * no session, no cookies) and the pages for staff (sign-in form, session, CSRF protection).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self' data:; object-src 'none'; frame-ancestors 'none'; "
            + "form-action 'self'; base-uri 'self'";

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, JdbcClient jdbc) throws Exception {
        http.securityMatcher("/api/**")
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .addFilterBefore(new ApiTokens(jdbc), BasicAuthenticationFilter.class)
                .httpBasic(b -> b.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
                .exceptionHandling(e -> e.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
                .authorizeHttpRequests(a -> a.anyRequest().authenticated())
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives("default-src 'none'; frame-ancestors 'none'")));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http,
                              org.springframework.beans.factory.ObjectProvider<org.springframework.security.oauth2.client.registration.ClientRegistrationRepository> oidc,
                              OidcStaff oidcStaff) throws Exception {
        if (oidc.getIfAvailable() != null) {
            http.oauth2Login(o -> o.loginPage("/sign-in").failureUrl("/sign-in?error")
                    .userInfoEndpoint(u -> u.oidcUserService(oidcStaff)));
        }
        http.authorizeHttpRequests(a -> a
                        .requestMatchers("/sign-in", "/assets/**", "/govuk/**", "/css/**", "/js/**", "/favicon.ico",
                                "/error", "/actuator/health", "/actuator/health/**", "/v3/api-docs", "/v3/api-docs/**")
                        .permitAll()
                        // a whistleblower may raise a concern without signing in, so nothing ties it to them
                        .requestMatchers("/whistleblowing", "/whistleblowing/follow-up").permitAll()
                        .anyRequest().authenticated())
                .formLogin(f -> f.loginPage("/sign-in").defaultSuccessUrl("/", false).failureUrl("/sign-in?error"))
                .logout(l -> l.logoutUrl("/sign-out").logoutSuccessUrl("/sign-in?signed-out"))
                .exceptionHandling(e -> e.accessDeniedPage("/forbidden"))
                .headers(h -> h
                        .contentSecurityPolicy(c -> c.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .frameOptions(f -> f.deny()));
        return http.build();
    }
}
