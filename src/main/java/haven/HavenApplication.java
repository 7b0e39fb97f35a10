package haven;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
@SpringBootApplication
public class HavenApplication { public static void main(String[] a){ SpringApplication.run(HavenApplication.class,a);} }
