#!/usr/bin/python3
# An outside client drives Juxta through the accessibility bus (AT-SPI):
# find each fader by its priority's name, set values through AT-SPI and
# read the changed recommendation back, as a screen reader would.
# Exit 77 (skipped) without a display or a session bus.

import os
import signal
import subprocess
import sys
import tempfile
import time

SKIP = 77

# The AT-SPI client library warns about other applications on the bus (a
# desktop portal, say) that it cannot read; with fatal warnings that would
# kill this client, not test Juxta. The application keeps its G_DEBUG.
if "fatal-warnings" in os.environ.get("G_DEBUG", "") and "JUXTA_APP_G_DEBUG" not in os.environ:
    os.environ["JUXTA_APP_G_DEBUG"] = os.environ["G_DEBUG"]
    os.environ["G_DEBUG"] = ",".join(f for f in os.environ["G_DEBUG"].split(",") if f != "fatal-warnings")
    os.execv(sys.executable, [sys.executable] + sys.argv)

if not os.environ.get("DISPLAY") or not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
    print("skipped: needs a display and a D-Bus session (run under xvfb-run dbus-run-session)")
    sys.exit(SKIP)

try:
    import gi
    gi.require_version("Atspi", "2.0")
    from gi.repository import Atspi
except (ImportError, ValueError) as e:
    print(f"skipped: no AT-SPI bindings ({e})")
    sys.exit(SKIP)


# A peer on the accessibility bus that does not answer must not stall us.
Atspi.set_timeout(2000, 5000)


def wait_for(what, predicate, timeout=20.0):
    # Asks AT-SPI again and again until the answer is there; the timeout
    # is a bound, not a pace: past it the test fails saying what it awaited.
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.02)
    raise AssertionError(f"timed out after {timeout:.0f} s waiting for {what}")


def walk(node, depth=0):
    if node is None or depth > 60:
        return
    yield node
    for i in range(node.get_child_count()):
        yield from walk(node.get_child_at_index(i), depth + 1)


def find_app(pid):
    desktop = Atspi.get_desktop(0)
    for i in range(desktop.get_child_count()):
        app = desktop.get_child_at_index(i)
        try:
            if app is not None and app.get_process_id() == pid:
                return app
        except gi.repository.GLib.Error:
            continue   # another application on the bus, gone or busy
    return None


def find(app, role, name):
    for node in walk(app):
        if node.get_role() == role and node.get_name() == name:
            return node
    return None


def find_headline(app):
    # The card reads "Recommendation", the verdict, then the leader's name.
    card = find(app, Atspi.Role.FILLER, "JuxtaRecommendationCard")
    if card is None:
        return None
    labels = [n for n in walk(card) if n.get_role() == Atspi.Role.LABEL]
    return labels[2] if len(labels) > 2 else None


CONTROL_MASK = 1 << 2
LEFT, RIGHT, RETURN, ESCAPE = 0xff51, 0xff53, 0xff0d, 0xff1b


def press(key, how=Atspi.KeySynthType.SYM):
    # A real key event through the X server, to the focused window: a
    # keysym pressed and released, or a modifier locked or unlocked.  The
    # server keeps their order; the caller waits for what a key changes.
    assert Atspi.generate_keyboard_event(key, None, how)


def choice_name(app):
    # The interview's choice is the slider whose name says what matters.
    for node in walk(app):
        if node.get_role() == Atspi.Role.SLIDER and " matter" in (node.get_name() or ""):
            return node.get_name()
    return None


def new_question(app, before):
    # A question just asked: its choice at "equally", other than before.
    name = choice_name(app)
    return name if name and name.endswith(" matter equally") and name != before else None


def text_of(node):
    return Atspi.Text.get_text(node, 0, Atspi.Text.get_character_count(node))


def main():
    deck = os.path.join(os.environ["G_TEST_SRCDIR"], "decks", "good", "laptops.json")
    home = tempfile.mkdtemp(prefix="juxta-atspi-")
    env = dict(os.environ, GTK_A11Y="atspi", XDG_CONFIG_HOME=home, XDG_DATA_HOME=home)
    env["G_DEBUG"] = env.pop("JUXTA_APP_G_DEBUG", env.get("G_DEBUG", ""))
    env.pop("NO_AT_BRIDGE", None)
    # The application writes to a file, not to our pipes: if this client
    # died first, an inherited pipe would keep the test runner waiting.
    app_log = open(os.path.join(home, "juxta.log"), "w+")
    app_process = subprocess.Popen([os.environ["JUXTA_EXE"], deck], env=env,
                                   stdout=app_log, stderr=subprocess.STDOUT)
    # Fail with a message well before the runner's timeout.
    signal.signal(signal.SIGALRM, lambda *_: (_ for _ in ()).throw(AssertionError("no result within 45 s")))
    signal.alarm(45)
    try:
        app = wait_for("the application on the accessibility bus", lambda: find_app(app_process.pid))
        headline = wait_for("the recommendation", lambda: find_headline(app))
        wait_for("the laptop deck", lambda: text_of(headline) == "Ultrabook 13")

        faders = {}
        for name in ("Battery life", "Low weight", "Raw power", "Low price"):
            fader = find(app, Atspi.Role.SLIDER, name)
            assert fader is not None, f"no slider named {name!r}"
            faders[name] = fader
        assert Atspi.Value.get_current_value(faders["Battery life"]) == 70.0

        for name, value in (("Battery life", 10), ("Low weight", 10), ("Raw power", 100), ("Low price", 0)):
            assert Atspi.Value.set_current_value(faders[name], float(value))
        wait_for("the new leader", lambda: text_of(headline) == "Workstation 16")
        assert Atspi.Value.get_current_value(faders["Raw power"]) == 100.0
        print("ok: the recommendation followed the faders set through AT-SPI")

        # Ask the customer, with the keyboard alone: Ctrl+I, an arrow to
        # lean the answer, Enter to answer; three answers connect the four
        # priorities and set the faders; Esc puts them back.
        before = {name: Atspi.Value.get_current_value(fader) for name, fader in faders.items()}
        press(CONTROL_MASK, Atspi.KeySynthType.LOCKMODIFIERS)
        press(ord("i"))
        press(CONTROL_MASK, Atspi.KeySynthType.UNLOCKMODIFIERS)
        choice = wait_for("the interview's choice",
                          lambda: find(app, Atspi.Role.SLIDER, "Battery life and Low weight matter equally"))
        press(LEFT)
        wait_for("the choice's new name", lambda: choice.get_name() ==
                 "Battery life matters somewhat more: 3× as much as Low weight")
        # Each key waits for what it changes: Enter brings the next
        # question (a choice at "equally" again), an arrow leans it.
        press(RETURN)
        second = wait_for("the second question",
                          lambda: new_question(app, "Battery life and Low weight matter equally"))
        press(RIGHT)
        wait_for("the second choice leaning", lambda: choice_name(app) not in (None, second))
        press(RETURN)
        wait_for("the third question", lambda: new_question(app, second))
        press(RETURN)
        # Battery life 3× Low weight, Raw power 3× Battery life, Low price equal.
        expected = {"Battery life": 33.0, "Low weight": 11.0, "Raw power": 100.0, "Low price": 33.0}
        wait_for("the faders set by the answers",
                 lambda: {n: Atspi.Value.get_current_value(f) for n, f in faders.items()} == expected)
        press(ESCAPE)
        wait_for("the faders back as they were",
                 lambda: {n: Atspi.Value.get_current_value(f) for n, f in faders.items()} == before)
        print("ok: an interview by keyboard set the faders, and Esc put them back")
    except BaseException:
        app_log.seek(0)
        sys.stderr.write("juxta said:\n" + app_log.read())
        raise
    finally:
        signal.alarm(0)
        app_process.terminate()
        try:
            app_process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            app_process.kill()


if __name__ == "__main__":
    main()
