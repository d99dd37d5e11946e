import jinja2
import pytest

from kurzeme_visiem.fast_build.jinja_lookup import DictItemsFirstEnvironment, use_dict_items_first

TEMPLATE = ("{{ p.value }}|{{ p.missing is defined }}|{{ p.get('value') }}|{{ p['items'] }}|{{ p.items is callable }}|"
            "{{ o.value }}|{{ o.other }}|{{ s.value }}|{{ s.items is callable }}|{{ n.value is defined }}")


class Object:
    value = "attribute"


class SubDict(dict):
    value = "class attribute"


def context():
    return {"p": {"value": "<b>", "items": "key"}, "o": Object(), "s": SubDict(value="item"), "n": None}


def outcome(env, source):
    """What rendering ``source`` gives: its text, or the error's type and message."""
    try:
        return env.from_string(source).render(context())
    except jinja2.UndefinedError as error:
        return type(error), str(error)


@pytest.mark.parametrize("undefined", [jinja2.Undefined, jinja2.StrictUndefined, jinja2.ChainableUndefined])
def test_same_values_and_undefineds_as_jinja(undefined):
    stock = jinja2.Environment(undefined=undefined, autoescape=True)
    fast = jinja2.Environment(undefined=undefined, autoescape=True)
    use_dict_items_first(fast)
    assert type(fast) is DictItemsFirstEnvironment
    assert outcome(fast, TEMPLATE) == outcome(stock, TEMPLATE)
    for obj, name in [({"a": 1}, "a"), ({"a": 1}, "b"), ({"get": 1}, "get"), ({}, "__class__"), ({}, "keys"),
                      (SubDict(value=1), "value"), (Object(), "value"), (Object(), "nothing"), (None, "x")]:
        expected, got = stock.getattr(obj, name), fast.getattr(obj, name)
        assert type(got) is type(expected)
        if isinstance(got, jinja2.Undefined):  # (a strict one refuses ==)
            assert (got._undefined_obj, got._undefined_name) == (expected._undefined_obj, expected._undefined_name)
        else:
            assert got == expected
    if undefined is jinja2.StrictUndefined:
        messages = []
        for env in (stock, fast):
            with pytest.raises(jinja2.UndefinedError) as raised:
                env.from_string("{{ p.missing }}").render(p={})
            messages.append(str(raised.value))
        assert messages[0] == messages[1] == "'dict object' has no attribute 'missing'"


def test_a_plain_dicts_item_is_read_without_jinjas_attribute_lookup(monkeypatch):
    env = jinja2.Environment()
    use_dict_items_first(env)

    def refuse(*args):
        raise AssertionError("Jinja's getattr asked for a plain dict's item")

    monkeypatch.setattr(jinja2.Environment, "getattr", refuse)
    assert env.from_string("{{ p.value }}{{ p.missing is defined }}").render(p={"value": 1}) == "1False"
    with pytest.raises(AssertionError):
        env.from_string("{{ p.value }}").render(p=Object())  # anything else: Jinja's lookup as before


def test_only_an_environment_of_jinjas_own_class_is_changed():
    from jinja2.sandbox import SandboxedEnvironment  # noqa: PLC0415

    sandbox = SandboxedEnvironment()
    use_dict_items_first(sandbox)
    assert type(sandbox) is SandboxedEnvironment


def test_fast_templates_installs_it(tmp_path):
    from types import SimpleNamespace  # noqa: PLC0415

    from kurzeme_visiem.fast_build.writer import fast_templates  # noqa: PLC0415

    (tmp_path / "theme" / "templates").mkdir(parents=True)
    settings = {"FAST_BUILD": True, "CACHE_PATH": str(tmp_path / "cache"), "BUILD_WORKERS": 1}
    generator = SimpleNamespace(env=jinja2.Environment(), settings=settings, theme=str(tmp_path / "theme"))
    fast_templates(generator)
    assert type(generator.env) is DictItemsFirstEnvironment
