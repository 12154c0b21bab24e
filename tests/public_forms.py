"""Posting a public form the way a browser does: read the page, solve its challenge."""

import html
import json
import re

from brobygger.lib.public_forms import solve_for_tests


def hidden_fields(page: str) -> dict[str, str]:
    fields = {}
    for name in ("form_token", "question"):
        found = re.search(rf'name="{name}" value="([^"]*)"', page) or re.search(
            rf'value="([^"]*)" name="{name}"', page
        )
        if found:
            fields[name] = html.unescape(found.group(1))
    challenge = re.search(r'data-challenge="([^"]*)"', page)
    if challenge:
        fields["altcha"] = solve_for_tests(json.loads(html.unescape(challenge.group(1))))
    return fields


def post_public(client, url, data, **kwargs):
    """GET the form, then POST ``data`` with the page's token and a solved challenge."""
    page = client.get(url).content.decode()
    return client.post(url, {**hidden_fields(page), **data}, **kwargs)
