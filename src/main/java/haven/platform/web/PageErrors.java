package haven.platform.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** Shows "not found" and "not allowed" as pages that say why, never as a server error. */
@ControllerAdvice(annotations = Controller.class)
class PageErrors {

    @ExceptionHandler(NotFound.class)
    String notFound(NotFound e, Model model, HttpServletResponse response) {
        response.setStatus(404);
        model.addAttribute("message", e.getMessage());
        return "error/not-found";
    }

    @ExceptionHandler(Forbidden.class)
    String forbidden(Forbidden e, Model model, HttpServletResponse response) {
        response.setStatus(403);
        model.addAttribute("message", e.getMessage());
        return "error/forbidden";
    }
}
