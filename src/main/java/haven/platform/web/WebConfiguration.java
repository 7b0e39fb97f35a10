package haven.platform.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Serves GOV.UK Frontend from its webjar at fixed paths: its CSS and JavaScript under
 * /govuk, and the fonts and images its CSS loads from /assets.
 *
 * <p>The version is named here rather than resolved per request: Spring's resource chain
 * (on by default with a webjars locator) makes every link a page renders look itself up on
 * the classpath first, which cost half the server's time on a page of search results
 * (spring-framework issue 34014). {@code application.yml} turns the chain off.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {
    static final String GOVUK_FRONTEND = "classpath:/META-INF/resources/webjars/govuk-frontend/5.14.0/dist/govuk/";

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/govuk/**").addResourceLocations(GOVUK_FRONTEND);
        registry.addResourceHandler("/assets/**").addResourceLocations(GOVUK_FRONTEND + "assets/");
    }
}
