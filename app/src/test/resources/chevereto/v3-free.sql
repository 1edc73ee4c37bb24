-- A Chevereto Free 1.6 (V3 schema) database, as far as the importer reads it: written for this project from the
-- schema notes (table and column names as Chevereto names them, %PREFIX% for the table prefix).
CREATE TABLE %PREFIX%settings (
  setting_id int(11) NOT NULL AUTO_INCREMENT PRIMARY KEY,
  setting_name varchar(191) CHARACTER SET utf8 COLLATE utf8_bin NOT NULL,
  setting_value mediumtext,
  setting_default mediumtext,
  setting_typeset enum('string','bool') DEFAULT 'string',
  KEY setting_name (setting_name)
);
CREATE TABLE %PREFIX%users (
  user_id bigint(32) NOT NULL AUTO_INCREMENT PRIMARY KEY,
  user_date datetime NOT NULL,
  user_date_gmt datetime NOT NULL,
  user_username varchar(16) NOT NULL UNIQUE,
  user_email varchar(100) DEFAULT NULL UNIQUE,
  user_name varchar(255) DEFAULT NULL,
  user_status enum('valid','awaiting-confirmation','awaiting-email','banned') NOT NULL DEFAULT 'valid',
  user_is_admin tinyint(1) NOT NULL DEFAULT 0,
  user_is_private tinyint(1) NOT NULL DEFAULT 0,
  user_is_dark_mode tinyint(1) NOT NULL DEFAULT 0,
  user_image_count bigint(32) NOT NULL DEFAULT 0
);
CREATE TABLE %PREFIX%logins (
  login_id bigint(32) NOT NULL AUTO_INCREMENT PRIMARY KEY,
  login_user_id bigint(32) NOT NULL,
  login_type enum('password','session','cookie','facebook','twitter','google','vk','cookie_facebook','cookie_twitter','cookie_google','cookie_vk') NOT NULL,
  login_ip varchar(255) NOT NULL DEFAULT '',
  login_hostname mediumtext,
  login_date datetime NOT NULL,
  login_date_gmt datetime NOT NULL,
  login_resource_id varchar(255) DEFAULT NULL,
  login_resource_name mediumtext,
  login_resource_avatar mediumtext,
  login_resource_url mediumtext,
  login_secret mediumtext,
  login_token_hash mediumtext
);
CREATE TABLE %PREFIX%categories (
  category_id int(11) NOT NULL AUTO_INCREMENT PRIMARY KEY,
  category_name varchar(32) NOT NULL,
  category_url_key varchar(32) NOT NULL UNIQUE,
  category_description text
);
CREATE TABLE %PREFIX%albums (
  album_id bigint(32) NOT NULL AUTO_INCREMENT PRIMARY KEY,
  album_name varchar(100) NOT NULL,
  album_user_id bigint(32) DEFAULT NULL,
  album_date datetime NOT NULL,
  album_date_gmt datetime NOT NULL,
  album_creation_ip varchar(255) NOT NULL DEFAULT '',
  album_privacy enum('public','password','private','private_but_link','custom') NOT NULL DEFAULT 'public',
  album_privacy_extra text,
  album_password text,
  album_image_count bigint(32) NOT NULL DEFAULT 0,
  album_description text,
  album_likes bigint(32) NOT NULL DEFAULT 0,
  album_views bigint(32) NOT NULL DEFAULT 0
);
CREATE TABLE %PREFIX%storages (
  storage_id bigint(32) NOT NULL AUTO_INCREMENT PRIMARY KEY,
  storage_api_id bigint(32) NOT NULL,
  storage_name varchar(255) NOT NULL,
  storage_url varchar(255) NOT NULL,
  storage_bucket varchar(255) DEFAULT NULL,
  storage_is_active tinyint(1) NOT NULL DEFAULT 0
);
CREATE TABLE %PREFIX%redirects (
  redirect_id bigint(32) NOT NULL AUTO_INCREMENT PRIMARY KEY,
  redirect_from varchar(255) NOT NULL UNIQUE,
  redirect_content_id bigint(32) NOT NULL,
  redirect_content_type enum('image','user','album') NOT NULL
);
CREATE TABLE %PREFIX%images (
  image_id bigint(32) NOT NULL AUTO_INCREMENT PRIMARY KEY,
  image_name varchar(255) NOT NULL,
  image_extension varchar(255) NOT NULL,
  image_size int(11) NOT NULL,
  image_width int(11) NOT NULL,
  image_height int(11) NOT NULL,
  image_date datetime NOT NULL,
  image_date_gmt datetime NOT NULL,
  image_title varchar(100) DEFAULT NULL,
  image_description text,
  image_nsfw tinyint(1) NOT NULL DEFAULT 0,
  image_user_id bigint(32) DEFAULT NULL,
  image_album_id bigint(32) DEFAULT NULL,
  image_uploader_ip varchar(255) NOT NULL DEFAULT '',
  image_storage_mode enum('datefolder','direct','old','path') NOT NULL DEFAULT 'datefolder',
  image_path varchar(4096) DEFAULT NULL,
  image_storage_id bigint(32) DEFAULT NULL,
  image_md5 varchar(32) NOT NULL,
  image_source_md5 varchar(32) DEFAULT NULL,
  image_original_filename text NOT NULL,
  image_original_exifdata longtext,
  image_views bigint(32) NOT NULL DEFAULT 0,
  image_category_id bigint(32) DEFAULT NULL,
  image_chain tinyint(128) NOT NULL,
  image_thumb_size int(11) NOT NULL,
  image_medium_size int(11) NOT NULL DEFAULT 0,
  image_expiration_date_gmt datetime DEFAULT NULL,
  image_likes bigint(32) NOT NULL DEFAULT 0,
  image_is_animated tinyint(1) NOT NULL DEFAULT 0,
  image_is_approved tinyint(1) NOT NULL DEFAULT 1
);
