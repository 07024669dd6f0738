"""Each test's page has focus, whatever the test before it did in the same browser: here the first
test tabs past the page's last stop, which leaves focus in the window, even on the next page (the
tests of a file run in order, on one worker)."""

from browser import tab

PAGE = "data:text/html,<!doctype html><html lang=en><title>t</title><a href=%23a>a</a>"


def test_a_walk_leaves_the_page(browser):
    browser.get(PAGE)
    tab(browser, 2)
    browser.get(PAGE)  # no navigation gives focus back
    assert not browser.execute_script("return document.hasFocus()"), \
        "focus did not leave: the next test proves nothing"


def test_the_next_tests_page_has_focus(browser):
    browser.get(PAGE)
    assert browser.execute_script("return document.hasFocus()")
