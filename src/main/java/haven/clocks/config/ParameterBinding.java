package haven.clocks.config;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.ResolvableType;

/**
 * Fills a parameters record from configuration, component by component, keeping the default for every component
 * not configured: {@code haven.clocks.rules.pp-02.limit=72h} changes only PP-02's limit.
 */
final class ParameterBinding {

    private ParameterBinding() {
    }

    /** {@code defaults} with each component overridden where {@code prefix.<kebab-name>} is set. */
    @SuppressWarnings("unchecked")
    static <R extends Record> R bind(Binder binder, String prefix, R defaults) {
        Class<R> type = (Class<R>) defaults.getClass();
        RecordComponent[] components = type.getRecordComponents();
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent c = components[i];
            String name = prefix + "." + kebab(c.getName());
            Object fallback = read(c, defaults);
            if (Record.class.isAssignableFrom(c.getType())) {
                values[i] = bind(binder, name, (Record) fallback);
            } else if (c.getType() == LocalTime.class) {
                values[i] = binder.bind(name, String.class).map(text -> time(name, text)).orElse((LocalTime) fallback);
            } else {
                Bindable<Object> bindable = Bindable.of(ResolvableType.forType(c.getGenericType()));
                values[i] = binder.bind(name, bindable).orElse(fallback);
            }
        }
        try {
            Constructor<R> canonical = type.getDeclaredConstructor(
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
            return canonical.newInstance(values);
        } catch (java.lang.reflect.InvocationTargetException e) {
            throw new IllegalArgumentException(prefix + ": " + e.getCause().getMessage(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build " + type.getSimpleName(), e);
        }
    }

    /** {@code pace05} becomes {@code pace-05}, {@code workingDays} becomes {@code working-days}. */
    static String kebab(String name) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char ch = name.charAt(i);
            boolean boundary = i > 0 && (Character.isUpperCase(ch)
                    || (Character.isDigit(ch) && !Character.isDigit(name.charAt(i - 1))));
            if (boundary) {
                out.append('-');
            }
            out.append(Character.toLowerCase(ch));
        }
        return out.toString();
    }

    private static Object read(RecordComponent c, Record r) {
        try {
            return c.getAccessor().invoke(r);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static LocalTime time(String name, String text) {
        try {
            return LocalTime.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(name + ": '" + text + "' is not a time such as 08:30");
        }
    }
}
