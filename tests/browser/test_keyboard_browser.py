"""Keyboard use in real Chromium: single-key shortcuts can be turned off and never act in a text field, focus
never hides under the sticky bars, 400 % zoom leaves the page its height, and the focus ring shows (3:1)."""

from __future__ import annotations

import pytest

from tests.browser.a11y import arrive
from tests.browser.colours import contrast, text_contrast
from tests.browser.conftest import LAPTOP, PHONE, new_page, register
from tests.browser.test_study_browser import key

pytestmark = pytest.mark.browser

SENT = "document.querySelectorAll('form[data-sent]').length"  # study.js marks a form as it submits it


def test_single_key_shortcuts_never_act_in_a_text_field_and_can_be_turned_off(browser, a11y_server):
    page = new_page(browser, a11y_server, LAPTOP)
    register(page, "keys")
    page.goto("/study?deck=kuwait")
    arrive(page)
    box = page.get_by_label("Your answer")
    page.keyboard.type("1u 4")  # in the answer box digits, U and Space are only typed
    assert box.input_value() == "1u 4" and page.evaluate(SENT) == 0
    box.fill("")
    page.keyboard.press("Escape")  # out of the box, the shortcuts are on as they come
    key(page, "Enter")
    assert page.locator("#grade-form button[aria-keyshortcuts='1']").count() == 1
    key(page, "4")
    assert page.locator("[data-study=question]").count() == 1  # graded by its key

    page.goto("/settings")
    shortcuts = page.get_by_label("Single-key shortcuts while studying (1–4, U, Space)")
    assert shortcuts.is_checked()
    shortcuts.uncheck()
    key(page, "Enter")
    assert "Settings saved." in page.locator(".flashes").inner_text()
    assert not page.get_by_label("Single-key shortcuts while studying (1–4, U, Space)").is_checked()

    page.goto("/study?card=sample-kuwait-donation")
    arrive(page)
    page.locator("main").focus()  # away from the focused Show answer button, which Space would press natively
    for name in ("1", "4", "u", " "):
        page.keyboard.press(name)
    assert page.evaluate(SENT) == 0 and page.locator("[data-study=question]").count() == 1
    assert page.locator("[aria-keyshortcuts*=' '], [aria-keyshortcuts^='Space']").count() == 0
    assert "Single-key shortcuts are off" in page.locator(".key-legend").inner_text()
    key(page, "Enter")  # Enter is no character key: it still shows the answer
    assert page.locator("#grade-form").count() == 1
    page.locator("main").focus()
    page.keyboard.press("3")
    assert page.evaluate(SENT) == 0 and page.locator("#grade-form [aria-keyshortcuts]").count() == 0
    assert page.locator(".grade-key").count() == 0
    key(page, "Control+z")  # a shortcut with a modifier stays: nothing to undo but the last grade
    page.context.close()


def _covered_by_bars(page) -> list[str]:
    """Return each focusable element that lies under a sticky bar it is not part of, as Tab reaches it going
    down the page and Shift+Tab coming back up (which scrolls each one to the top edge, under the header)."""
    return _tab_through(page, "Tab") + _tab_through(page, "Shift+Tab")


def _tab_through(page, key_name: str) -> list[str]:
    hidden = []
    for _ in range(60):
        page.keyboard.press(key_name)
        found = page.evaluate("""() => {
            const el = document.activeElement;
            if (!el || el === document.body) return null;
            const box = el.getBoundingClientRect();
            const bars = [...document.querySelectorAll('.site-header, .grade-form')]
                .filter(bar => ['sticky', 'fixed'].includes(getComputedStyle(bar).position) && !bar.contains(el));
            // Under a bar: what is drawn at the top or bottom middle of the element belongs to that bar.
            const x = (box.left + box.right) / 2;
            const under = [box.top + 1, box.bottom - 1].some(y => {
                const top = document.elementFromPoint(x, Math.min(Math.max(y, 0), innerHeight - 1));
                return top && bars.some(bar => bar.contains(top)); });
            return {label: (el.textContent || el.getAttribute('aria-label') || el.id).trim().slice(0, 40), under};
        }""")
        if found is None:
            break
        if found["under"]:
            hidden.append(found["label"])
    return hidden


@pytest.mark.parametrize("viewport", [LAPTOP, PHONE], ids=["laptop", "phone"])
def test_tab_never_puts_the_focus_under_a_sticky_bar(browser, a11y_server, viewport):
    page = new_page(browser, a11y_server, viewport)
    register(page, "focus")
    page.goto("/articles/kuwait-palestine-relations")
    assert _covered_by_bars(page) == []
    page.goto("/decks/kuwait")
    assert _covered_by_bars(page) == []
    page.goto("/study?card=sample-kuwait-embassy-reopened")
    page.get_by_label("Your answer").fill("2012")
    key(page, "Enter")
    page.evaluate("window.scrollTo(0, 0)")
    assert _covered_by_bars(page) == []  # "Read it in the article" under the grade bar, before
    page.context.close()


def test_at_400_percent_zoom_the_bars_leave_the_page_its_height(browser, a11y_server):
    zoomed = {"width": LAPTOP["width"] // 4, "height": LAPTOP["height"] // 4}  # what 1280 × 800 shows at 400 %
    page = new_page(browser, a11y_server, zoomed)
    register(page, "zoom")
    page.goto("/study?card=sample-kuwait-embassy-reopened")
    page.get_by_label("Your answer").fill("2012")
    key(page, "Enter")
    for scroll in (0, 400, 800):
        page.evaluate(f"window.scrollTo(0, {scroll})")
        stuck = page.evaluate("""() => [...document.querySelectorAll('body *')]
            .filter(el => ['sticky', 'fixed'].includes(getComputedStyle(el).position))
            .map(el => el.getBoundingClientRect())
            .reduce((sum, b) => sum + Math.max(0, Math.min(b.bottom, innerHeight) - Math.max(b.top, 0)), 0)""")
        assert stuck <= 0.2 * zoomed["height"], (scroll, stuck)
    page.context.close()


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_focus_ring_stands_out_3_to_1_from_every_background(browser, a11y_server, scheme):
    page = new_page(browser, a11y_server, LAPTOP, color_scheme=scheme)
    page.goto("/login")
    page.keyboard.press("Tab")  # the skip link
    ring = page.evaluate("getComputedStyle(document.activeElement).outlineColor")
    tokens = page.evaluate("""() => { const root = getComputedStyle(document.documentElement);
        return Object.fromEntries(['--bg', '--surface', '--surface-2', '--primary-soft', '--danger-soft',
            '--success-soft', '--warning-soft', '--info-soft'].map(name => [name, root.getPropertyValue(name).trim()])); }""")
    low = {name: round(contrast(ring, colour), 2) for name, colour in tokens.items() if contrast(ring, colour) < 3}
    assert low == {}, (ring, low)
    page.context.close()


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_study_buttons_count_badge_reads_4_5_to_1(browser, a11y_server, scheme):
    page = new_page(browser, a11y_server, LAPTOP, color_scheme=scheme)
    register(page, "badge")
    badges = page.locator(".btn-badge")
    assert badges.count() == 3  # study all, and one per deck: each with cards waiting
    assert min(text_contrast(badge) for badge in badges.all()) >= 4.5
    page.context.close()
