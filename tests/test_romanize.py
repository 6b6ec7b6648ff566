"""Romanization keys: spellings of one Korean name must collide, others not."""
import pytest

from threadline.romanize import name_key, simplify, strip_admin_suffix

SAME = [
    ("Kusong", "Guseong", "Kusŏng", "Kusŏng-si", "KUSONG"),
    ("Chagang", "Jagang", "Chagang-do"),
    ("Kanggye", "Ganggye", "Kanggye-si"),
    ("Pyongan", "Pyeongan", "P'yŏngan", "P’yŏngan", "Phyongan"),
    ("Ryanggang", "Yanggang", "Ryang-gang"),
    ("Hoeryong", "Hoeryeong", "Hoeryŏng"),
    ("Taechon", "Daecheon", "T'aech'ŏn"),
    ("Chongjin", "Cheongjin", "Ch'ŏngjin"),
    ("Rodong Sinmun", "Nodong Sinmun"),
    ("Songrim", "Songnim"),
    ("Unryul", "Ŭllyul", "Unnyul", "Eullyul"),
    ("Hamhung", "Hamheung", "Hamhŭng"),
    ("Yongbyon", "Nyongbyon", "Yeongbyeon", "Nyŏngbyŏn"),
    ("Mangyongdae", "Man'gyŏngdae-ri", "Mangyeongdae"),
    ("Pyongyang", "Pyongyang-si", "P'yŏngyang"),
]


@pytest.mark.parametrize("variants", SAME, ids=lambda v: v[0])
def test_variants_of_one_name_share_a_key(variants):
    keys = {name_key(v) for v in variants}
    assert len(keys) == 1, dict(zip(variants, map(name_key, variants)))


@pytest.mark.parametrize("a,b", [
    ("Kusong", "Kosong"), ("Hamhung", "Hungnam"), ("Anju", "Anak"),
    ("Sinuiju", "Uiju"), ("Kanggye", "Kangdong"), ("Chagang", "Changgang"),
    ("Haeju", "Hyesan"), ("Sunchon", "Sukchon"), ("Kaechon", "Kaesong"),
])
def test_different_names_keep_different_keys(a, b):
    assert name_key(a) != name_key(b)


def test_key_is_plain_ascii():
    key = name_key("Kim Chaek Iron and Steel Complex")
    assert key.isascii() and key.isalnum()
    assert name_key("Kim Chaek") == name_key("Kimchaek")


def test_bare_suffix_is_not_stripped_to_nothing():
    assert name_key("Sil-li") != ""


def test_simplify_strips_diacritics_and_apostrophes():
    assert simplify("P'yŏngan-bukto") == "Pyongan-bukto"
    assert simplify("Hŭich’ŏn") == "Huichon"


@pytest.mark.parametrize("name,base,level", [
    ("Taechon County", "Taechon", "county"),
    ("North Pyongan Province", "North Pyongan", "province"),
    ("North Hamgyong province", "North Hamgyong", "province"),
    ("South Hamgyong provinces", "South Hamgyong", "province"),
    ("Ganggye City", "Ganggye", "city"),
    ("Rason Special City", "Rason", "city"),
    ("Panghyon district", "Panghyon", "district"),
    ("Kangson Workers' District", "Kangson", "district"),
    ("Kangson Workers’ District", "Kangson", "district"),
    ("Kusŏng-si", "Kusŏng", "city"),
    ("Taechon-gun", "Taechon", "county"),
    ("Chagang-do", "Chagang", "province"),
    ("Chungsan-guyok", "Chungsan", "district"),
    ("Kusong-up", "Kusong", "other"),
    ("Kusŏng-ŭp", "Kusŏng", "other"),
    ("Yongdok-ri", "Yongdok", "other"),
    ("Sunan-dong", "Sunan", "district"),
    ("Namyang-nodongjagu", "Namyang", "district"),
])
def test_strip_admin_suffix(name, base, level):
    assert strip_admin_suffix(name) == (base, level)


@pytest.mark.parametrize("name", ["Kusong", "Ministry of State Security", "City", "Hwasong", "Pyongyang"])
def test_strip_admin_suffix_leaves_plain_names(name):
    assert strip_admin_suffix(name) == (name, None)
