package haven.access.internal;

import haven.access.CurrentUser;
import haven.platform.web.UserIdLookup;
import org.springframework.stereotype.Component;

@Component
class CurrentUserIdLookup implements UserIdLookup {
    @Override
    public long currentUserId() {
        return CurrentUser.get().id();
    }
}
