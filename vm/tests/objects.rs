//! Values and objects on the real heap: bootstrap, strings, tuples, dicts, shapes and
//! instances, version tags, and all of it surviving collections (objects move; identities
//! and contents do not change). Run also with `KRAIT_GC_STRESS=1`.

use krait_vm::ctx::Ctx;
use krait_vm::objects::dict::{
    dict_del, dict_get, dict_items, dict_len, dict_set, keys_version, new_dict,
};
use krait_vm::objects::instance::{
    attrs, del_attr, get_attr, instance_shape, materialize_dict, new_instance, set_attr,
};
use krait_vm::objects::shape::{shape_count, DICT_SHAPE};
use krait_vm::objects::str::{as_str, intern, new_str, str_hash};
use krait_vm::objects::tuple::{new_tuple, tuple_get, tuple_len};
use krait_vm::objects::typeobj::{
    bump_version, is_subtype, new_type, subclasses, tslot, type_name, type_of, type_set_attr,
    type_slot, type_version,
};
use krait_vm::runtime::{self, heap, none, py_bool, types};
use krait_vm::value::Value;

fn cx() -> Ctx {
    runtime::init_from_env();
    Ctx::new()
}

#[test]
fn bootstrap_builds_the_type_graph() {
    let _cx = cx();
    let t = types();
    assert_eq!(type_of(t.type_.get()), t.type_.get(), "type(type) is type");
    assert_eq!(type_of(t.int.get()), t.type_.get());
    assert_eq!(type_name(t.bool.get()), "bool");
    assert!(is_subtype(t.bool.get(), t.int.get()));
    assert!(is_subtype(t.bool.get(), t.object.get()));
    assert!(!is_subtype(t.int.get(), t.bool.get()));
    assert_eq!(type_of(Value::int(5)), t.int.get());
    assert_eq!(type_of(none()), t.none.get());
    assert_ne!(py_bool(true), py_bool(false));
    assert_eq!(type_of(py_bool(true)), t.bool.get());
    for (name, ty) in t.all() {
        assert!(heap().is_immortal(ty.obj()), "{name} is immortal");
        assert_eq!(type_name(ty), name);
    }
}

#[test]
fn interned_strings_are_unique_and_immortal() {
    let mut cx = cx();
    let a = intern(&mut cx, "spam_attribute").unwrap();
    let b = intern(&mut cx, "spam_attribute").unwrap();
    assert_eq!(a, b);
    assert!(heap().is_immortal(a.obj()));
    let c = new_str(&mut cx, "spam_attribute").unwrap();
    assert_ne!(a, c);
    assert_eq!(as_str(c), "spam_attribute");
    assert_eq!(str_hash(a), str_hash(c));
    let u = new_str(&mut cx, "naïve 😀").unwrap();
    assert_eq!(krait_vm::objects::str::char_len(u), 7);
}

#[test]
fn values_survive_collections_and_identity_is_stable() {
    let mut cx = cx();
    let s = new_str(&mut cx, "hello").unwrap();
    let hs = cx.root(s);
    let id_before = cx.identity(s).unwrap();
    let t = new_tuple(&mut cx, &[Value::int(1), s, none()]).unwrap();
    let ht = cx.root(t);
    let was_young = heap().is_young(t.obj());
    cx.collect(false);
    cx.collect(true);
    let (s, t) = (cx.get(hs), cx.get(ht));
    assert!(!heap().is_young(t.obj()));
    if was_young {
        assert_ne!(t.bits(), 0);
    }
    assert_eq!(as_str(s), "hello");
    assert_eq!(
        cx.identity(s).unwrap(),
        id_before,
        "id() unchanged across a move"
    );
    assert_eq!(tuple_len(t), 3);
    assert_eq!(tuple_get(t, 0), Value::int(1));
    assert_eq!(tuple_get(t, 1), s, "the tuple points to the moved string");
    assert_eq!(tuple_get(t, 2), none());
}

#[test]
fn dicts_keep_insertion_order_across_resizes_deletes_and_collections() {
    let mut cx = cx();
    let d = new_dict(&mut cx).unwrap();
    let hd = cx.root(d);
    for i in 0..1000 {
        let k = new_str(&mut cx, &format!("key{i}")).unwrap();
        let d = cx.get(hd);
        dict_set(&mut cx, d, k, Value::int(i)).unwrap();
        if i % 100 == 0 {
            cx.poll();
        }
    }
    for i in (0..1000).step_by(3) {
        let k = new_str(&mut cx, &format!("key{i}")).unwrap();
        let d = cx.get(hd);
        assert_eq!(dict_del(&mut cx, d, k).unwrap(), Value::int(i));
    }
    cx.collect(false);
    let d = cx.get(hd);
    assert_eq!(dict_len(d), 1000 - 334);
    let items = dict_items(d);
    let expect: Vec<i64> = (0..1000).filter(|i| i % 3 != 0).collect();
    assert_eq!(
        items.iter().map(|(_, v)| v.as_int()).collect::<Vec<_>>(),
        expect
    );
    assert_eq!(as_str(items[0].0), "key1");
    // Mixed key types: ints, strs, tuples.
    let t1 = new_tuple(&mut cx, &[Value::int(1), Value::int(2)]).unwrap();
    let d = cx.get(hd);
    dict_set(&mut cx, d, t1, Value::int(-1)).unwrap();
    dict_set(&mut cx, d, Value::int(7), Value::int(-7)).unwrap();
    let t2 = new_tuple(&mut cx, &[Value::int(1), Value::int(2)]).unwrap();
    let d = cx.get(hd);
    assert_eq!(
        dict_get(&mut cx, d, t2).unwrap(),
        Value::int(-1),
        "equal tuples are one key"
    );
    assert_eq!(dict_get(&mut cx, d, Value::int(7)).unwrap(), Value::int(-7));
    assert!(dict_get(&mut cx, d, Value::int(8)).unwrap().is_null());
}

#[test]
fn keys_version_changes_on_key_set_changes_only() {
    let mut cx = cx();
    let d = new_dict(&mut cx).unwrap();
    let k = intern(&mut cx, "x").unwrap();
    dict_set(&mut cx, d, k, Value::int(1)).unwrap();
    let v1 = keys_version(d);
    dict_set(&mut cx, d, k, Value::int(2)).unwrap();
    assert_eq!(
        keys_version(d),
        v1,
        "replacing a value keeps the keys version"
    );
    let k2 = intern(&mut cx, "y").unwrap();
    dict_set(&mut cx, d, k2, Value::int(3)).unwrap();
    let v2 = keys_version(d);
    assert_ne!(v2, v1, "adding a key changes it");
    dict_del(&mut cx, d, k2).unwrap();
    assert_ne!(keys_version(d), v2, "removing a key changes it");
}

fn class(cx: &mut Ctx, name: &str, bases: &[Value], inline: u16) -> Value {
    let meta = types().type_.get();
    new_type(cx, meta, name, bases, inline)
        .unwrap()
        .expect("consistent MRO")
}

#[test]
fn instances_share_shapes_and_keep_attributes_across_moves() {
    let mut cx = cx();
    let obj = types().object.get();
    let c = class(&mut cx, "Point", &[obj], 2);
    let hc = cx.root(c);
    let (x, y, z) = (
        intern(&mut cx, "x").unwrap(),
        intern(&mut cx, "y").unwrap(),
        intern(&mut cx, "z").unwrap(),
    );
    let mut hs = Vec::new();
    for i in 0..3 {
        let c = cx.get(hc);
        let p = new_instance(&mut cx, c).unwrap();
        set_attr(&mut cx, p, x, Value::int(i)).unwrap();
        set_attr(&mut cx, p, y, Value::int(10 * i)).unwrap();
        hs.push(cx.root(p));
    }
    let (a, b) = (cx.get(hs[0]), cx.get(hs[1]));
    assert_eq!(
        instance_shape(a),
        instance_shape(b),
        "same attributes, same order: one shape"
    );
    // Different order: a different shape.
    let c = cx.get(hc);
    let q = new_instance(&mut cx, c).unwrap();
    set_attr(&mut cx, q, y, Value::int(0)).unwrap();
    set_attr(&mut cx, q, x, Value::int(0)).unwrap();
    assert_ne!(instance_shape(q), instance_shape(cx.get(hs[0])));
    // A third attribute goes past the two inline slots into the overflow array.
    let p2 = cx.get(hs[2]);
    set_attr(&mut cx, p2, z, Value::int(99)).unwrap();
    let id = cx.identity(p2).unwrap();
    cx.collect(false);
    cx.poll();
    let p2 = cx.get(hs[2]);
    assert_eq!(cx.identity(p2).unwrap(), id);
    assert_eq!(get_attr(&mut cx, p2, x), Value::int(2));
    assert_eq!(get_attr(&mut cx, p2, y), Value::int(20));
    assert_eq!(get_attr(&mut cx, p2, z), Value::int(99));
    assert_eq!(shape_count(instance_shape(p2)), 3);
    let names: Vec<_> = attrs(&mut cx, p2).iter().map(|(n, _)| as_str(*n)).collect();
    assert_eq!(names, ["x", "y", "z"]);
    // Deleting an attribute turns the instance into dict mode; the others stay untouched.
    assert!(del_attr(&mut cx, p2, y).unwrap());
    assert!(!del_attr(&mut cx, p2, y).unwrap());
    assert_eq!(instance_shape(p2), DICT_SHAPE.get());
    assert!(get_attr(&mut cx, p2, y).is_null());
    assert_eq!(get_attr(&mut cx, p2, z), Value::int(99));
    set_attr(&mut cx, p2, y, Value::int(5)).unwrap();
    let d = materialize_dict(&mut cx, p2).unwrap();
    assert_eq!(dict_len(d), 3);
    let p0 = cx.get(hs[0]);
    assert_eq!(get_attr(&mut cx, p0, y), Value::int(0));
}

#[test]
fn type_versions_change_for_the_type_and_its_subclasses_only() {
    let mut cx = cx();
    let obj = types().object.get();
    let a = class(&mut cx, "A", &[obj], 0);
    let ha = cx.root(a);
    let b = class(&mut cx, "B", &[a], 0);
    let hb = cx.root(b);
    let other = class(&mut cx, "Other", &[obj], 0);
    let ho = cx.root(other);
    // A subclass that dies: its weak entry must not break version bumps.
    let a = cx.get(ha);
    let _dead = class(&mut cx, "Dead", &[a], 0);
    cx.collect(true);
    cx.collect(true);
    let (a, b, other) = (cx.get(ha), cx.get(hb), cx.get(ho));
    assert_eq!(subclasses(a), vec![b], "the dead subclass is gone");
    let (va, vb, vo) = (type_version(a), type_version(b), type_version(other));
    let name = intern(&mut cx, "method").unwrap();
    type_set_attr(&mut cx, a, name, Value::int(1)).unwrap();
    let (a, b, other) = (cx.get(ha), cx.get(hb), cx.get(ho));
    assert_ne!(type_version(a), va);
    assert_ne!(type_version(b), vb, "subclass invalidated too");
    assert_eq!(type_version(other), vo, "unrelated type untouched");
    assert_eq!(
        krait_vm::objects::typeobj::lookup(&mut cx, b, name),
        Value::int(1)
    );
    bump_version(&mut cx, other);
    assert_ne!(type_version(cx.get(ho)), vo);
    // C3: class D(B, A) is fine, class E(A, B) is not.
    let (a, b) = (cx.get(ha), cx.get(hb));
    let d = class(&mut cx, "D", &[b, a], 0);
    let mro = type_slot(d, tslot::MRO);
    let names: Vec<_> = (0..tuple_len(mro))
        .map(|i| type_name(tuple_get(mro, i)))
        .collect();
    assert_eq!(names, ["D", "B", "A", "object"]);
    let (a, b) = (cx.get(ha), cx.get(hb));
    assert!(new_type(&mut cx, types().type_.get(), "E", &[a, b], 0)
        .unwrap()
        .is_none());
}

/// Objects built by several threads at once, with collections triggered by any of them,
/// keep their contents (the runtime is shared by all threads of the process).
#[test]
fn many_threads_build_objects_concurrently() {
    runtime::init_from_env();
    let joins: Vec<_> = (0..3)
        .map(|t| {
            std::thread::spawn(move || {
                let mut cx = Ctx::new();
                let d = new_dict(&mut cx).unwrap();
                let hd = cx.root(d);
                for i in 0..3000i64 {
                    let k = new_str(&mut cx, &format!("t{t}-{i}")).unwrap();
                    let v = new_tuple(&mut cx, &[Value::int(i), k]).unwrap();
                    let d = cx.get(hd);
                    dict_set(&mut cx, d, k, v).unwrap();
                    cx.poll();
                }
                let d = cx.get(hd);
                assert_eq!(dict_len(d), 3000);
                for (i, (k, v)) in dict_items(d).into_iter().enumerate() {
                    assert_eq!(as_str(k), format!("t{t}-{i}"));
                    assert_eq!(tuple_get(v, 0), Value::int(i as i64));
                    assert_eq!(tuple_get(v, 1), k);
                }
            })
        })
        .collect();
    for j in joins {
        j.join().unwrap();
    }
}

/// Runs every other test of this file again in a child process with `KRAIT_GC_STRESS=1`
/// (collect at every safepoint, poison evacuated memory), so `cargo test` checks the rooting
/// rule without a separate command.
#[test]
fn all_of_the_above_under_gc_stress() {
    if std::env::var("KRAIT_GC_STRESS").is_ok() {
        return; // already the stressed run
    }
    let out = std::process::Command::new(std::env::current_exe().unwrap())
        .env("KRAIT_GC_STRESS", "1")
        .args([
            "--skip",
            "all_of_the_above_under_gc_stress",
            "--test-threads",
            "2",
        ])
        .output()
        .expect("re-run the test binary");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "stressed run failed:\n{stdout}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(stdout.contains("test result: ok. 8 passed"), "{stdout}");
}
