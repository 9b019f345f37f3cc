package cn.perfeval.web.security;

import java.time.Clock;
import java.time.LocalDateTime;

import cn.perfeval.workflow.org.OrgDirectory;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

@Service
class AccountUserDetailsService implements UserDetailsService {

    private final OrgDirectory directory;
    private final Clock clock;

    AccountUserDetailsService(OrgDirectory directory, Clock clock) {
        this.directory = directory;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return directory.findAccount(username)
                .map(account -> new PlatformUser(account, account.lockedAt(LocalDateTime.now(clock))))
                .orElseThrow(() -> new UsernameNotFoundException(username));
    }
}
