"""Each role's first minutes on a phone (390 x 844): log in through the form, land on the role's
own start page (workspace.start), reach every item of the menu from the mobile drawer, and never
meet a dead end or a word of English."""

import re
import time

import pytest
from allauth.mfa.totp.internal.auth import hotp_value
from django.core import mail
from playwright.sync_api import Page, expect

from brobygger.accounts.models import User
from brobygger.accounts.roles import Role
from brobygger.demo.generate import DEMO_PASSWORD
from brobygger.workspace.start import start_page
from tests.browser.demo_site import LOGINS, Login, load_demo, login_id
from tests.people import TOTP_SECRET

pytestmark = [pytest.mark.browser]

# Words of an English user interface that no Danish page should show (library templates and
# messages that slipped through translation). Case matters: "Email" is English, "e-mail" Danish.
ENGLISH = re.compile(
    r"\b(Not Found|Page not found|Server Error|Forbidden|Bad Request|Submit|Password|password"
    r"|Email|E-mail address|email address|Sign [Ii]n|Sign [Oo]ut|Sign [Uu]p|Forgot|Remember"
    r"|required|This field|Username|Cancel|Save|Delete|Search|Previous|Next|Welcome|Log [Ii]n"
    r"|Log [Oo]ut|Authenticate|Authenticator|Two-Factor|Recovery|Enter|Confirm|Continue|Back"
    r"|Home|Change|Please|Your)\b"
)
# The visible text of the page and its title, leaving out what is marked as another language
# (the "English" button of the language switch).
VISIBLE_TEXT = """() => {
  let text = document.title + "\\n" + document.body.innerText;
  for (const other of document.querySelectorAll("body [lang]:not([lang|=da])")) {
    text = text.replace(other.innerText, "");
  }
  return text;
}"""


@pytest.fixture
def demo(transactional_db, reference_data):
    load_demo()


def english_on(page: Page) -> list[str]:
    return sorted(set(ENGLISH.findall(page.evaluate(VISIBLE_TEXT))))


def check_page(page: Page, problems: list[str], status: int | None = 200) -> None:
    """An h1, a way on (the site's menu, or a link back to it from the administration), and
    Danish only."""
    # The URL changes when a navigation commits, before the style sheets have loaded; measure the
    # page as the person sees it.
    page.wait_for_load_state("load")
    where = page.url.split(page.url.split("/")[2], 1)[1]
    if status is not None and status != 200:
        problems.append(f"{where}: HTTP {status}")
    if page.evaluate("document.documentElement.scrollWidth") > 390:
        problems.append(f"{where}: wider than the phone")
    if page.locator("h1").count() == 0:
        problems.append(f"{where}: no h1")
    menu = page.locator(".button-menu-open")
    back = page.locator('a[href="/"], a[href="/start/"]')
    if not (menu.count() and menu.first.is_visible()) and not back.count():
        problems.append(f"{where}: a dead end (no menu, no link back)")
    if words := english_on(page):
        problems.append(f"{where}: English {words}")


def log_in_on_the_form(page: Page, user: User, problems: list[str]) -> None:
    page.goto("/konto/login/")
    check_page(page, problems)
    page.get_by_label("E-mail").fill(user.email)
    page.get_by_label("Adgangskode").fill(DEMO_PASSWORD)
    page.get_by_role("button", name="Log ind").click()
    code = page.locator("input[name=code]")
    if user.authenticator_set.exists():
        expect(code).to_be_visible()
        check_page(page, problems)
        code.fill(f"{hotp_value(TOTP_SECRET, int(time.time()) // 30):06d}")
        page.locator("form:has(input[name=code]) button[type=submit]").first.click()


def confirm_with_the_email_code(page: Page, problems: list[str]) -> None:
    """A volunteer confirms with a code by e-mail before their page (it may show notes about
    the citizens they meet)."""
    check_page(page, problems)
    page.get_by_role("button", name="Send mig en kode").click()
    check_page(page, problems)
    code = re.search(r"\b(\d{6})\b", mail.outbox[-1].body).group(1)
    page.get_by_label("Kode fra e-mailen").fill(code)
    page.get_by_role("button", name="Bekræft", exact=True).click()


def menu_items(page: Page) -> list[str]:
    page.get_by_role("button", name="Menu", exact=True).click()
    drawer = page.get_by_role("dialog", name="Menu")
    expect(drawer).to_be_visible()
    names = [name.strip() for name in drawer.locator("nav a").all_inner_texts()]
    page.get_by_role("button", name="Luk menu").click()
    return names


@pytest.mark.parametrize("login", LOGINS[1:], ids=login_id)
def test_each_role_logs_in_on_a_phone_and_reaches_every_menu_item(
    phone: Page, live_server, demo, login: Login
) -> None:
    user = User.objects.get(email=login.email)
    problems: list[str] = []
    log_in_on_the_form(phone, user, problems)

    start = live_server.url + start_page(user)
    if login.role == Role.VOLUNTEER:
        expect(phone).to_have_url(f"{live_server.url}/konto/bekraeft/?next={start_page(user)}")
        confirm_with_the_email_code(phone, problems)
    expect(phone).to_have_url(start)
    check_page(phone, problems)

    items = menu_items(phone)
    assert len(items) >= 2, items
    for name in items:
        phone.get_by_role("button", name="Menu", exact=True).click()
        link = phone.get_by_role("dialog", name="Menu").get_by_role("link", name=name, exact=True)
        with phone.expect_navigation() as navigation:
            link.click()
        response = navigation.value
        check_page(phone, problems, response.status if response else None)
        if not phone.locator(".button-menu-open").count():
            phone.go_back()  # the administration is another layout; the way back is tested
    assert not problems, f"{login_id(login)}:\n" + "\n".join(problems)
