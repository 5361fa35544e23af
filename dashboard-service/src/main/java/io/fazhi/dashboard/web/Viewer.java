package io.fazhi.dashboard.web;

import io.fazhi.commons.security.Caller;
import io.fazhi.commons.security.CurrentCaller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** Who is looking at a page, for its header: {@code {inject:viewer.label}} in the templates. */
@RequestScoped
@Named("viewer")
public class Viewer {

    private final Caller caller;

    Viewer(CurrentCaller current) {
        this.caller = current.get();
    }

    public boolean isSignedIn() {
        return !caller.isAnonymous();
    }

    public boolean isTownship() {
        return caller.has(Caller.TOWNSHIP);
    }

    public String getLabel() {
        if (caller.isAnonymous()) {
            return "未登录";
        }
        if (caller.has(Caller.TOWNSHIP)) {
            return "乡镇（街道）" + caller.townshipCode();
        }
        if (caller.has(Caller.COUNTY_ADMIN)) {
            return caller.area() == null || caller.area().isEmpty() ? "全国管理员" : "管理员 " + caller.area();
        }
        return "读者 " + caller.subject();
    }
}
