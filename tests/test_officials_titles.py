"""Officials' titles by class (text written for the test: a unit test, never a benchmark)."""

import pytest

from bisumm.entities.officials import is_former_title, is_official_title, posts


@pytest.mark.parametrize("title", [
    "депутат Госдумы и бывший боксёр", "бывший президент «Рубина», мэр Казани",
    "конгрессмен от Демократической партии", "депутат от партии «Единая Россия»", "лидер страны",
    "секретарь Центральной избирательной комиссии", "председатель Банка России", "глава Центробанка",
    "эске эштәр бүлеге начальнигы", "полиция подполковнигы", "Үҙәк банк етәксеһе", "Рәсәй Банкы рәйесе",
])
def test_officials(title):
    assert is_official_title(title)


@pytest.mark.parametrize("title", [
    "президент «Севильи»", "президент Bellator", "спикер форума «Учёные против мифов»", "президент бразильской команды",
    "представитель россиянина", "директор крупнейшего завода страны", "главный судья соревнований",
    "спорт мәктәбе тренеры, әлеге ярыштың баш судьяһы", "ректор Башкирского государственного университета",
    "Өфө дәүләт авиация техник университетының Стратегик үҫеш департаменты етәксеһе", "аналитик Банка России",
    "бик күп башҡорт интеллигенцияһы вәкилдәре", "банк етәксеһе",
])
def test_not_officials(title):
    assert not is_official_title(title)


def test_a_chain_is_former_only_when_every_post_is():
    assert posts("депутат Госдумы и бывший боксёр") == ["депутат Госдумы и", "бывший боксёр"]
    assert not is_former_title("депутат Госдумы и бывший боксёр")
    assert is_former_title("бывший посол") and is_former_title("экс-глава РУСАДА")
    assert is_former_title("советник бывшего президента") is False and not is_official_title("советник бывшего президента")


@pytest.mark.parametrize("title", [
    "зампостпреда Франции при ООН", "замгубернатора области", "замгенпрокурора", "замполпреда президента в округе",
    "руководитель рабочей группы при президенте РФ",
])
def test_a_deputys_title_in_one_word(title):
    assert is_official_title(title)


@pytest.mark.parametrize("title", [
    "замдиректора по науке НИИ гигиены Минздрава", "директор института истории МВД",
    "заместитель директора по исследованиям в региональном офисе правозащитной организации",
    "глава армянской общины Саратова", "директор департамента Международного комитета Красного Креста",
])
def test_a_learned_body_or_a_regional_office_is_no_state_body(title):
    assert not is_official_title(title)
