package haven.platform.web;

import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/** Turns errors in the JSON API into problem documents (RFC 9457) that name each bad field. */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
public class ApiProblems {

    @ExceptionHandler(InvalidInput.class)
    ProblemDetail invalid(InvalidInput e) {
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, "The request has problems", "Correct the fields listed in errors.",
                e.problems());
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ProblemDetail invalid(MethodArgumentNotValidException e) {
        var problems = e.getBindingResult().getFieldErrors().stream()
                .map(f -> new FieldProblem(f.getField(), f.getDefaultMessage())).toList();
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, "The request has problems", "Correct the fields listed in errors.",
                problems);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        String field = "body";
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (t instanceof tools.jackson.databind.DatabindException d && !d.getPath().isEmpty()) {
                var last = d.getPath().get(d.getPath().size() - 1);
                field = last.getPropertyName() != null ? last.getPropertyName() : "body";
                break;
            }
        }
        return problem(HttpStatus.BAD_REQUEST, "The request body could not be read",
                "Send valid JSON; check the value of " + field + ".", List.of(new FieldProblem(field, "is not valid")));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail mismatch(MethodArgumentTypeMismatchException e) {
        return problem(HttpStatus.BAD_REQUEST, "A parameter has the wrong form", e.getName() + " is not valid",
                List.of(new FieldProblem(e.getName(), "is not valid")));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ProblemDetail missing(MissingServletRequestParameterException e) {
        return problem(HttpStatus.BAD_REQUEST, "A parameter is missing", e.getParameterName() + " is required",
                List.of(new FieldProblem(e.getParameterName(), "is required")));
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    ProblemDetail missingPart(MissingServletRequestPartException e) {
        return problem(HttpStatus.BAD_REQUEST, "A file is missing", e.getRequestPartName() + " is required",
                List.of(new FieldProblem(e.getRequestPartName(), "is required")));
    }

    @ExceptionHandler(NotFound.class)
    ProblemDetail notFound(NotFound e) {
        return problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage(), List.of());
    }

    @ExceptionHandler({Forbidden.class})
    ProblemDetail forbidden(Forbidden e) {
        return problem(HttpStatus.FORBIDDEN, "Not allowed", e.getMessage(), List.of());
    }

    @ExceptionHandler({AccessDeniedException.class})
    ProblemDetail denied(AccessDeniedException e) {
        return problem(HttpStatus.FORBIDDEN, "Not allowed", "Your role may not use this.", List.of());
    }

    static ProblemDetail problem(HttpStatus status, String title, String detail, List<FieldProblem> problems) {
        var pd = ProblemDetail.forStatusAndDetail(status, detail);
        pd.setTitle(title);
        pd.setType(URI.create("https://haven.invalid/problems/" + status.value()));
        if (!problems.isEmpty()) {
            pd.setProperty("errors", problems);
        }
        return pd;
    }
}
