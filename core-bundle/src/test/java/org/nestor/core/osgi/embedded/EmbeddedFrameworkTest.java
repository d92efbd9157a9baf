package org.nestor.core.osgi.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.apache.felix.framework.FrameworkFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nestor.core.osgi.HooksComponent;
import org.nestor.hooks.api.HookPoint;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.launch.Framework;

/**
 * The core bundle in a real OSGi framework (Felix with Declarative Services, Karaf's versions), with its Netty
 * bundles and the hooks API bundle; JNR and SLF4J come from the class path through the system bundle. A hook bundle
 * built here registers a library, a callout and a command handler: the core's {@code HooksComponent} and the
 * command dispatcher fed by {@code CommandHandlerComponent} see them, and lose them when the bundle stops or is
 * uninstalled. No DHCP server runs (it needs a configuration file and sockets; the system tests cover that): the
 * dispatcher is the server's class, registered here as the command registry the server would publish. The core's
 * objects live in the bundle's class loader, so the test reads them reflectively.
 */
class EmbeddedFrameworkTest {
    /** What the core needs besides the framework: a class of each bundle and how its jar's name starts. */
    private static final String[][] REQUIRED = {
        {"org.osgi.util.function.Function", "org.osgi.util.function-"},
        {"org.osgi.util.promise.Promise", "org.osgi.util.promise-"},
        {"org.osgi.service.component.ComponentContext", "org.osgi.service.component-"},
        {"org.osgi.service.cm.ConfigurationAdmin", "org.osgi.service.cm-"},
        {"org.apache.felix.scr.impl.Activator", "org.apache.felix.scr-"},
        {"io.netty.util.Version", "netty-common-"},
        {"io.netty.buffer.ByteBuf", "netty-buffer-"},
        {"io.netty.resolver.AddressResolver", "netty-resolver-"},
        {"io.netty.channel.Channel", "netty-transport-4"},
        {"io.netty.channel.unix.Socket", "netty-transport-native-unix-common-"},
        {"io.netty.channel.epoll.Epoll", "netty-transport-classes-epoll-"},
        {"io.netty.handler.codec.ByteToMessageDecoder", "netty-codec-base-"},
        {"io.netty.handler.codec.compression.ZlibCodecFactory", "netty-codec-compression-"},
        {"io.netty.handler.ssl.SslHandler", "netty-handler-"},
        {"io.netty.handler.codec.http.HttpObjectDecoder", "netty-codec-http-"},
    };

    @TempDir
    Path dir;

    private Framework framework;
    private Bundle core;
    private Object dispatcher;

    @BeforeEach
    void startFramework() throws Exception {
        framework = new FrameworkFactory().newFramework(Map.of(
                Constants.FRAMEWORK_STORAGE, dir.resolve("felix-cache").toString(),
                Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT,
                Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA, "org.slf4j;version=1.7.36,jnr.ffi;version=2.3.7,"
                        + "jnr.ffi.annotations;version=2.3.7,jnr.ffi.byref;version=2.3.7"));
        framework.start();
        BundleContext ctx = framework.getBundleContext();
        List<Bundle> bundles = new ArrayList<>();
        for (String[] jar : REQUIRED) {
            bundles.add(ctx.installBundle(BundleJars.jar(jar[0], jar[1]).toUri().toString()));
        }
        bundles.add(install(ctx, HookPoint.class));
        core = install(ctx, HooksComponent.class);
        bundles.add(core);
        for (Bundle b : bundles) {
            b.start();
        }
        dispatcher = registerDispatcher(ctx);
    }

    @AfterEach
    void stopFramework() throws Exception {
        if (framework != null) {
            framework.stop();
            framework.waitForStop(10_000);
        }
    }

    private Bundle install(BundleContext ctx, Class<?> type) throws Exception {
        Path jar = BundleJars.of(type, dir);
        return ctx.installBundle(jar.toUri().toString());
    }

    /** Registers the server's dispatcher, through the core's adapter, as the command registry service. */
    private Object registerDispatcher(BundleContext ctx) throws Exception {
        Class<?> dispatcherType = core.loadClass("org.nestor.core.control.CommandDispatcher");
        Object d = dispatcherType.getConstructor().newInstance();
        Constructor<?> adapter = core.loadClass("org.nestor.core.osgi.DispatcherCommandRegistry")
                .getDeclaredConstructor(dispatcherType);
        adapter.setAccessible(true);
        ctx.registerService("org.nestor.core.hooks.CommandRegistry", adapter.newInstance(d), null);
        return d;
    }

    private Bundle hookBundle() throws Exception {
        Path jar = BundleJars.bundle(dir, "org.nestor.test.hook", List.of(TestHookActivator.class),
                "Bundle-Activator", TestHookActivator.class.getName(),
                "Import-Package", "org.nestor.hooks.api;version=\"[1.2,2)\",org.osgi.framework");
        return framework.getBundleContext().installBundle(jar.toUri().toString());
    }

    @Test
    void aHookBundlesLibraryCalloutAndCommandComeAndGoWithTheBundle() throws Exception {
        Object manager = await(this::manager, "the core's HooksComponent");
        Bundle hook = hookBundle();
        for (int round = 0; round < 2; round++) {
            hook.start();
            List<?> callouts = callouts(manager);
            assertEquals(1, callouts.size(), "the callout on pkt4_receive");
            assertEquals(TestHookActivator.LIBRARY, call(callouts.get(0), "library"));
            assertTrue(((String) call(callouts.get(0), "bundle")).startsWith("org.nestor.test.hook 1.0.0"));
            assertTrue(loadedLibraries(manager).contains(TestHookActivator.LIBRARY));
            assertTrue(commands().contains(TestHookActivator.COMMAND), commands()::toString);
            assertTrue(execute("{\"command\": \"osgi-test-echo\", \"arguments\": {\"n\": " + round + "}}")
                    .contains("\"n\":" + round));
            hook.stop();
            assertTrue(callouts(manager).isEmpty());
            assertFalse(loadedLibraries(manager).contains(TestHookActivator.LIBRARY));
            assertFalse(commands().contains(TestHookActivator.COMMAND));
            assertTrue(execute("{\"command\": \"osgi-test-echo\"}").contains("not supported"));
        }
        hook.start();
        assertTrue(commands().contains(TestHookActivator.COMMAND));
        hook.uninstall();
        assertTrue(callouts(manager).isEmpty());
        assertFalse(commands().contains(TestHookActivator.COMMAND));
    }

    private Object manager() throws Exception {
        ServiceReference<?>[] refs = framework.getBundleContext().getAllServiceReferences(
                HooksComponent.class.getName(), null);
        Object component = refs == null ? null : framework.getBundleContext().getService(refs[0]);
        return component == null ? null : call(component, "manager");
    }

    private List<?> callouts(Object manager) throws Exception {
        @SuppressWarnings({"unchecked", "rawtypes"})
        Object point = Enum.valueOf((Class) core.loadClass(HookPoint.class.getName()), "PKT4_RECEIVE");
        return (List<?>) call(call(manager, "table"), "callouts", point);
    }

    private static Collection<?> loadedLibraries(Object manager) throws Exception {
        return ((Map<?, ?>) call(call(manager, "libraries"), "loaded")).keySet();
    }

    private List<?> commands() throws Exception {
        return (List<?>) call(dispatcher, "commandNames");
    }

    /** @return the dispatcher's answer to {@code request}, as compact JSON */
    private String execute(String request) throws Exception {
        Object parser = core.loadClass("org.nestor.core.json.JsonParser").getConstructor().newInstance();
        Object json = call(parser, "parse", request, "request");
        Class<?> jsonValue = core.loadClass("org.nestor.core.json.JsonValue");
        Method execute = dispatcher.getClass().getMethod("execute", jsonValue);
        Object answer = execute.invoke(dispatcher, json);
        return (String) core.loadClass("org.nestor.core.json.JsonWriter").getMethod("compact", jsonValue)
                .invoke(null, answer);
    }

    /** Calls the public method {@code name} taking {@code args.length} arguments. */
    private static Object call(Object target, String name, Object... args) throws Exception {
        for (Method m : target.getClass().getMethods()) {
            if (m.getName().equals(name) && m.getParameterCount() == args.length) {
                m.setAccessible(true);
                return m.invoke(target, args);
            }
        }
        throw new NoSuchMethodException(target.getClass().getName() + "." + name);
    }

    /** A value that appears once the framework's components have started (bounded). */
    private interface Probe {
        Object get() throws Exception;
    }

    private static Object await(Probe probe, String what) throws Exception {
        long deadline = System.nanoTime() + 20_000_000_000L;
        Object value = probe.get();
        while (value == null && System.nanoTime() < deadline) {
            Thread.sleep(50);
            value = probe.get();
        }
        assertNotNull(value, what + " did not start");
        return value;
    }
}
